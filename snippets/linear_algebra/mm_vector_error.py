import torch

A = torch.ones(2, 3)
v = torch.ones(3)

# mm 只接受二维矩阵，一维向量要用 mv 或 @
print(torch.mm(A, v))
#> RuntimeError: mat2 must be a matrix
