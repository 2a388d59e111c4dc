### Help of the commands and arguments (clap), help topics and man pages.
