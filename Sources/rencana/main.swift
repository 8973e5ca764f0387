print("rencana")
