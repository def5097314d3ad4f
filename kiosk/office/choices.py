"""The office's fixed lists, in a module that imports nothing: the CLI offers them as choices
without loading the library's database layer at every `kiosk` command."""

CHANNELS = ("instagram", "phone", "other")  # where a question came from when not from a kiosk
# Why a question was not broadcast: the clerk picks one; the site and console translate the key.
NOT_SELECTED_REASONS = ("answered_together", "referred", "outside_remit", "not_suitable")
