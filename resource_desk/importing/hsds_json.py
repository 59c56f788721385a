"""HSDS 3.0 JSON: written as a ``service_list`` page of full service objects; read in."""
from __future__ import annotations


def write_service_page(tables, handle) -> None:
    raise NotImplementedError
