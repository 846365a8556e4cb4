"""Data in and out of the vault: spreadsheet import (read, map, dry run, all-or-nothing write) and
CSV/XLSX export of the lists the app shows, with formula-injection escaping.

Submodules: ``sniff`` (reading files), ``mapping`` (columns to fields), ``importer`` (dry run and
write), ``exporter`` (CSV/XLSX out). They are imported on use, not here, so that importing this
package stays cheap.
"""
