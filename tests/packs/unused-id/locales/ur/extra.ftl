# A message left over from an older version of the pack.
old-welcome-banner = خوش آمدید
