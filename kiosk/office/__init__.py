"""The communications office: library (import, tags, withdrawal, export) and the witnessed draw."""
