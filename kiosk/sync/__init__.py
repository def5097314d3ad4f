"""Delivery to the communications office: keys, envelopes, destinations, outbox worker, retention, export.

Modules are imported where used (boto3 is heavy); the public names:
  keys:      init_key, public_key, public_key_fingerprint, SigningKeyError
  envelope:  verify_envelope, EnvelopeError, VerifiedEnvelope, FORMAT_VERSION
  worker:    OutboxWorker, OutboxStatus, sync_once, SyncResult
  export:    export_envelopes, verify_export_index, ExportResult
"""
