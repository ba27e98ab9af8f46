"""The YAML loader and dumper classes the app uses: safe only, libyaml's C versions when present."""

from __future__ import annotations

import yaml

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
HAS_LIBYAML: bool = SafeLoader is not yaml.SafeLoader
