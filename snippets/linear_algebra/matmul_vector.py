import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
v = torch.tensor([1, 0, 2])

# 矩阵 @ 向量：(2, 3) 与 (3,) 得到 (2,)，是一维向量而不是 2×1 矩阵
print(A @ v)
#> tensor([ 7, 16])
print((A @ v).shape)
#> torch.Size([2])

# 向量 @ 向量：就是内积，得到零维张量
print(v @ v)
#> tensor(5)
print(torch.equal(v @ v, torch.dot(v, v)))
#> True
print((v @ v).shape)
#> torch.Size([])
