"""The communications office console and the live draw view (docs/office.md, docs/draw.md)."""
