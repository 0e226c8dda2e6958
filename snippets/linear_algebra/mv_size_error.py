import torch

A = torch.ones(2, 3)
v = torch.ones(2)

# 向量长度必须等于矩阵的列数 3
print(torch.mv(A, v))
#> RuntimeError: size mismatch, got input (2), mat (2x3), vec (2)
