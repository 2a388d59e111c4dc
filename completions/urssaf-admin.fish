complete --keep-order --exclusive --command urssaf-admin --arguments "(COMPLETE=fish urssaf-admin -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
