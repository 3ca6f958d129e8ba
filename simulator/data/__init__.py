"""Data files (personas, scenarios, rubrics): their schemas and the loader that validates them."""
