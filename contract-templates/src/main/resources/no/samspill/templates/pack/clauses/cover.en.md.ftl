[[cover]]

[[toc]]

[[pagebreak]]
