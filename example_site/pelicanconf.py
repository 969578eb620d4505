"""Development settings for the Larkspur Insight example site.

Build from the repository root:

    pelican -s example_site/pelicanconf.py -o /tmp/example-out

Paths below are relative to this file, as Pelican resolves them.
"""

AUTHOR = "Larkspur Centre for Water and Cities"
SITENAME = "Larkspur Insight"
SITESUBTITLE = "Analysis from the Larkspur Centre for Water and Cities"
SITEURL = ""
RELATIVE_URLS = False

PATH = "content"
OUTPUT_PATH = "output"
CACHE_PATH = "cache"
THEME = "../theme"

TIMEZONE = "Europe/Dublin"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"

ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]

DEFAULT_PAGINATION = 6

# No feeds while developing; publishconf.py turns them on.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

PLUGINS = [
    "pelican.plugins.jinja2content",
    "pelican.plugins.author_profiles",
    "pelican.plugins.staff_roles",
    "pelican.plugins.reading_time",
    "pelican.plugins.share_block",
]

# staff_roles: sections in rank order, each with its role titles, highest first.
STAFF_SECTIONS = {
    "Leadership": ["Director", "Deputy Director"],
    "Research": [
        "Senior Research Fellow",
        "Senior Research Officer",
        "Research Officer",
    ],
    "Communications": [
        "Managing Editor, Insight",
        "Editor",
        "Communications Officer",
    ],
}

MENUITEMS = []
DISPLAY_PAGES_ON_MENU = True
