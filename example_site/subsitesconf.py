"""The example site as one subsite per language, with pelican-i18n-subsites:
English at the root, Urdu under /ur/. See docs/languages.md.

    pip install pelican-i18n-subsites
    pelican -s example_site/subsitesconf.py -o /tmp/example-subsites

Everything else is as in pelicanconf.py. Each article and page says its
`Lang:`; without it, a file would count as Urdu in the Urdu subsite.
"""

import os
import sys

sys.path.append(os.path.dirname(__file__))

from pelicanconf import *  # noqa: F403
from pelicanconf import PLUGINS, STAFF_SECTIONS

SITEURL = "https://larkspur.example"

PLUGINS = [*PLUGINS, "pelican.plugins.i18n_subsites"]

# One subsite besides the English main site, with the settings it changes.
I18N_SUBSITES = {
    "ur": {
        "SITENAME": "لارک اسپر بصیرت",
        "SITESUBTITLE": "لارک اسپر سینٹر برائے پانی اور شہر کے تجزیے",
        # The staff page's sections named in Urdu; the role titles stay as
        # the people files' main language writes them, which is what ranks.
        "STAFF_SECTIONS": dict(
            zip(["قیادت", "تحقیق", "ابلاغیات"], STAFF_SECTIONS.values(), strict=True)
        ),
    },
}
# An article or page in one language only is published in its own subsite
# alone (the plugin's default, "hide", would write it as a draft elsewhere).
I18N_UNTRANSLATED_ARTICLES = "remove"
I18N_UNTRANSLATED_PAGES = "remove"
