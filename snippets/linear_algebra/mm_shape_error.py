import torch

A = torch.ones(2, 3)
B = torch.ones(2, 3)

# A 每行 3 个数，B 每列只有 2 个数，无法两两相乘
print(torch.mm(A, B))
#> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
