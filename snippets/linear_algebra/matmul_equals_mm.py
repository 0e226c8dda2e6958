import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([[1, 0], [0, 1], [1, 1]])

# 对二维矩阵，三种写法算的是同一个东西
print(A @ B)
#> tensor([[ 4,  5],
#>         [10, 11]])
print(torch.equal(A @ B, torch.matmul(A, B)))
#> True
print(torch.equal(A @ B, torch.mm(A, B)))
#> True
