# Rewords a question but forgets its explanation.
q-what-it-is-what-is = Which of these describes the online sexual exploitation of children?
    .a = Only strangers meeting children in person
    .b = Something that happens only in other countries
    .c = Using the internet to sexually abuse or exploit a child
