def build(c):
    pass
