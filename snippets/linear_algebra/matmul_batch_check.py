import torch

X = torch.arange(12).reshape(2, 2, 3)
W = torch.tensor([[1, 0], [0, 1], [1, 1]])

# 批量乘法等于对每个矩阵分别做 mm
Y = X @ W
print(torch.equal(Y[0], torch.mm(X[0], W)))
#> True
print(torch.equal(Y[1], torch.mm(X[1], W)))
#> True

# mm 不处理批量
print(torch.mm(X, W))
#> RuntimeError: self must be a matrix
