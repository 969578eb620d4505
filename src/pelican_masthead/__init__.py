"""Code shared by the pelican-masthead plugins.

This package sits outside the ``pelican.plugins`` namespace on purpose: Pelican
treats every package found there as a plugin and would try to register it.
"""
