import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.shape)
#> torch.Size([5, 4])

# 求和的那一维从形状里去掉
print(A.sum(axis=0).shape)
#> torch.Size([4])
print(A.sum(axis=1).shape)
#> torch.Size([5])

# keepdims=True：那一维不去掉，长度变成 1
print(A.sum(axis=0, keepdims=True).shape)
#> torch.Size([1, 4])
print(A.sum(axis=1, keepdims=True).shape)
#> torch.Size([5, 1])
