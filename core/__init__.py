"""What every layer shares: the records that pass between them, the errors a user
sees, and the settings of a run. Nothing here imports the rest of dossier."""
