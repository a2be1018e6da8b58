from lagebild.models import PLOVER_TYPES, ActorRef, Document
from lagebild.registry import Registry


def test_document_ids_depend_on_source_and_content():
    a = Document(source="a.txt", format="text", text="Russland greift an.").finalize_ids()
    b = Document(source="b.txt", format="text", text="Russland greift an.").finalize_ids()
    a2 = Document(source="a.txt", format="text", text="Russland greift an.").finalize_ids()
    assert a.content_hash == b.content_hash
    assert a.id != b.id
    assert a.id == a2.id


def test_actor_ref_parts():
    assert ActorRef(code="USA/MIL").country == "USA"
    assert ActorRef(code="USA/MIL").sector == "MIL"
    assert ActorRef(code="IGO:UN").country is None
    assert len(PLOVER_TYPES) == 16


def test_registry_reports_known_names():
    r = Registry("things")
    r.register("one", 1)
    assert r.get("one") == 1
    try:
        r.get("two")
    except KeyError as exc:
        assert "one" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected KeyError")
