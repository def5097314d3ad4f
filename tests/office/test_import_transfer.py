"""An envelope whose download is cut short (the S3 reply promises N bytes and the connection
closes after half) is a transfer failure, tried again next time, never quarantined as a bad envelope."""
from __future__ import annotations

from kiosk.office import keys
from kiosk.office.importer import import_from
from kiosk.sync.keys import init_key
from kiosk.sync.worker import sync_once
from tests.sync.faultproxy import FaultProxy
from tests.sync.helpers import make_approved, make_settings


def test_a_reply_cut_short_is_retried_not_quarantined(office, data_dir, moto_server, bucket):
    recipient = keys.load_public(office.keys_dir).recipient
    settings = make_settings(data_dir, delivery={"kind": "s3", "endpoint_url": moto_server, "bucket": bucket,
                                                 "office_recipients": [recipient]})
    office.trust(init_key(settings), settings.kiosk_id)
    ids = make_approved(settings, 2)
    assert sync_once(settings).sent == 2
    source = f"s3://{bucket}/{settings.delivery.prefix}"
    with FaultProxy(moto_server, fault_rate=1.0, modes=("truncate",)) as proxy:
        proxy.faults_if = lambda method, path: method == "GET" and path.endswith(".zip.age")
        cut = import_from(office, source, endpoint_url=proxy.url)
    assert proxy.injected["truncate"] >= 2
    assert cut.quarantined == [] and cut.imported == [], cut.as_dict()
    assert sorted(f["name"].rsplit("/", 1)[1] for f in cut.failed) == sorted(f"{i}.zip.age" for i in ids)
    whole = import_from(office, source, endpoint_url=moto_server)  # the link is good again
    assert sorted(i["id"] for i in whole.imported) == sorted(ids) and not whole.quarantined
