a = { b }
b = { a }
-t = { -u }
-u = { -t }
x = x
    .a = { x.b }
    .b = { x.a }
