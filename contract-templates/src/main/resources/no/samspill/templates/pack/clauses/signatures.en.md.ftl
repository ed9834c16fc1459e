[[pagebreak]]

[[signatures]]
