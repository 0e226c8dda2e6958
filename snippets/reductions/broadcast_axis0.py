import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 列和的形状是 (4,)，恰好与 A 的最后一维 4 对齐
col_sums = A.sum(axis=0)
print(col_sums.shape)
#> torch.Size([4])

# 所以不加 keepdims 也能除：每一列除以它的列和
Q = A / col_sums
print(torch.equal(Q, A / A.sum(axis=0, keepdims=True)))
#> True
print(Q.sum(axis=0))
#> tensor([1., 1., 1., 1.])
