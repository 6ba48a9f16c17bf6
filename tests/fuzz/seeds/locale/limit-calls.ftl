app-title = { NUMBER(NUMBER({ NUMBER(1) })) }
