import torch

v = torch.tensor([1, 0, 2])
A = torch.tensor([[1, 2], [3, 4], [5, 6]])

# (3,) @ (3, 2)：v 被当作 1×3 的行向量，结果去掉那一维，形状 (2,)
print(v @ A)
#> tensor([11, 14])
print((v @ A).shape)
#> torch.Size([2])

# 对照：真的写成 1×3 矩阵，结果是 1×2 矩阵
print(v.reshape(1, 3) @ A)
#> tensor([[11, 14]])
print(torch.equal(v @ A, (v.reshape(1, 3) @ A).reshape(2)))
#> True
