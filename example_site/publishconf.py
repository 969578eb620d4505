"""Production settings: absolute URLs, feeds, a clean output folder.

pelican -s example_site/publishconf.py -o DIR
"""

import os
import sys

sys.path.append(os.path.dirname(__file__))

from pelicanconf import *  # noqa: F403

SITEURL = "https://larkspur.example"
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/categories/{slug}.atom.xml"
AUTHOR_FEED_ATOM = "feeds/authors/{slug}.atom.xml"
AUTHOR_FEED_RSS = None

DELETE_OUTPUT_DIRECTORY = True
