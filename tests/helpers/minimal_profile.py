"""A minimal valid profile document shared by the company tests."""

GOOD = """\
id: acme
name: Acme
sources:
  - url: https://acme.example/values
    retrieved: "2026-01-02"
values:
  - id: customer_focus
    name: Customer Focus
    summary: Start from the customer.
    signals: [customer, users]
    source:
      url: https://acme.example/values
      retrieved: "2026-01-02"
"""
