"""loader stage: what researchers import (tables, views, evidence, citation)."""
