"""Data in and out of the vault: spreadsheet import (read, map, dry run, all-or-nothing write) and
CSV/XLSX export of the lists the app shows, with formula-injection escaping.

Submodules: ``sniff`` (reading files), ``workbook`` (XLSX and ODS within bounds), ``mapping``
(columns to fields), ``importer`` (a package: dry run and write, one module per stage),
``area_paths`` (areas by their full path, shared by import and export), ``exporter`` (CSV/XLSX
out). They are imported on use, not here, so that importing this
package stays cheap.
"""
