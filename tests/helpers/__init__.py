"""Shared test helpers, imported as ``helpers.<module>`` (``tests/`` is on pytest's ``pythonpath``).

- ``report_factory``: realistic Resume and Report objects built from the models, for the renderer,
  batch and prep tests.
- ``minimal_profile``: the smallest valid company profile document (YAML text).
"""
