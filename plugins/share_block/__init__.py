"""placeholder until the plugin lands"""


def register():
    pass
