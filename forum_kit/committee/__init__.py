"""The committee's one chart (issue 18): a chart keeper's vault is the chart of record for a
workplace; the stewards of its committee hold signed, encrypted copies of their scope and send
back field reports, which the keeper reviews change by change.

Modules: ``errors`` (the refusals, each with its own code), ``kinds`` (the record kinds a copy
carries, by uid), ``scope`` (which records a member may see), ``members`` (the keeper's committee
and the steward's trusted keepers), ``copies`` (writing a copy, opening one), ``copydb`` (the
held copy's own database), ``entries`` (the steward's pending changes and the report),
``review`` (the keeper's three-way review and provenance). Everything that leaves a vault goes
through ``forum_kit.exchange.envelope``, the council bundles' crypto path.
"""
