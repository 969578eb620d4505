"""What differs between the Pelican releases the plugins support (4.9 to 4.12).

Each difference is written down once here, with the release that needs it, so
that dropping an old release means deleting lines from this module only.
scripts/test-versions runs the suite on every supported release.
"""

from __future__ import annotations

# The message Pelican's generators log when a content file cannot be read.
# Pelican 4.9 to 4.11 append the error after a newline ("%s\n%s", file, error);
# 4.12 logs the file alone and leaves the error to the traceback.
COULD_NOT_PROCESS_MESSAGES = frozenset(
    {"Could not process %s", "Could not process %s\n%s"}
)
