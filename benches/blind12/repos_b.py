REPOS = []
