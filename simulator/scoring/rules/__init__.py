"""Compliance detectors, one module per family of violation ids (see ``compliance.DETECTORS``)."""
