"""The actor network: who acts on whom, by PLOVER event type and count, over articles or the store.

Nodes are actors, keyed by their lower-cased name ("the" dropped) so that the same actor named the
same way in two articles is one node; edges are (source, target, type) with how many events, and how
many of them the outlets report in their own voice (the rest are someone's claim). Events without
both a source and a target are left out. Export as JSON or GraphML (readable by Gephi, networkx,
igraph, Cytoscape).

>>> net = network_of(analyses)                            # doctest: +SKIP
>>> Path("actors.graphml").write_text(to_graphml(net))     # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from newsprobe.model import Analysis, EventActor

__all__ = ["Network", "network_of", "network_from_store", "to_json", "to_graphml", "actor_key"]


@dataclass
class Node:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0] if self.names else self.key


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    #: (source key, target key, type) -> [events, events in the outlet's own voice]
    edges: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)

    def add(
        self,
        source: tuple[str, str | None, str | None],
        target: tuple[str, str | None, str | None],
        kind: str,
        outlet_voice: bool,
    ) -> None:
        keys = []
        for name, country, sector in (source, target):
            key = actor_key(name)
            node = self.nodes.setdefault(key, Node(key))
            node.names[name] += 1
            if country:
                node.countries[country] += 1
            if sector:
                node.sectors[sector] += 1
            keys.append(key)
        if keys[0] == keys[1]:
            return
        counts = self.edges.setdefault((keys[0], keys[1], kind), [0, 0])
        counts[0] += 1
        counts[1] += int(outlet_voice)


def actor_key(name: str) -> str:
    """The node key of an actor name: lower case, spaces squeezed, a leading "the" dropped."""
    key = " ".join(name.lower().split())
    return key[4:] if key.startswith("the ") else key


def _triple(actor: EventActor) -> tuple[str, str | None, str | None]:
    return actor.name, actor.country, actor.sector


def network_of(analyses: Iterable[Analysis]) -> Network:
    """The network over the events of ``analyses``."""
    net = Network()
    for analysis in analyses:
        for ev in analysis.events:
            if ev.source is not None and ev.target is not None:
                net.add(_triple(ev.source), _triple(ev.target), ev.type, ev.voice == "outlet")
    return net


def network_from_store(store: Any) -> Network:
    """The network over a store's ``events`` table (a :class:`newsprobe.store.Store`)."""
    rows = store.query(
        "SELECT source_name, source_country, source_sector, target_name, target_country, target_sector, "
        "type, voice FROM events WHERE source_name IS NOT NULL AND target_name IS NOT NULL "
        "ORDER BY article_id, idx"
    )
    net = Network()
    for r in rows:
        net.add(
            (r["source_name"], r["source_country"], r["source_sector"]),
            (r["target_name"], r["target_country"], r["target_sector"]),
            r["type"],
            r["voice"] == "outlet",
        )
    return net


def _top(counter: Counter[str]) -> str | None:
    return counter.most_common(1)[0][0] if counter else None


def to_json(net: Network) -> dict[str, Any]:
    """``{nodes: [{id, name, country, sector}], edges: [{source, target, type, count, outlet_voice}]}``."""
    return {
        "nodes": [
            {"id": n.key, "name": n.name, "country": _top(n.countries), "sector": _top(n.sectors)}
            for n in sorted(net.nodes.values(), key=lambda n: n.key)
            if any(n.key in (s, t) for s, t, _ in net.edges)
        ],
        "edges": [
            {"source": s, "target": t, "type": k, "count": c[0], "outlet_voice": c[1]}
            for (s, t, k), c in sorted(net.edges.items(), key=lambda item: (-item[1][0], item[0]))
        ],
    }


def to_graphml(net: Network) -> str:
    """The network as GraphML (directed; one edge per source, target and event type)."""
    data = to_json(net)
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    keys = [
        ("name", "node", "string"),
        ("country", "node", "string"),
        ("sector", "node", "string"),
        ("type", "edge", "string"),
        ("count", "edge", "int"),
        ("outlet_voice", "edge", "int"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(root, "key", {"id": name, "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node in data["nodes"]:
        el = ET.SubElement(graph, "node", id=node["id"])
        for attr in ("name", "country", "sector"):
            if node[attr] is not None:
                ET.SubElement(el, "data", key=attr).text = str(node[attr])
    for i, edge in enumerate(data["edges"]):
        el = ET.SubElement(graph, "edge", id=f"e{i}", source=edge["source"], target=edge["target"])
        for attr in ("type", "count", "outlet_voice"):
            ET.SubElement(el, "data", key=attr).text = str(edge[attr])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
