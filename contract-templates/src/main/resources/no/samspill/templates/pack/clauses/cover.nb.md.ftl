[[cover]]

[[toc]]
