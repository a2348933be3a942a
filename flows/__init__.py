"""Orchestration: Prefect flows, source discovery and the command line."""
