import torch

# 4 个“块”，每块 3 行 2 列；只关心形状，数值无所谓
X = torch.arange(24, dtype=torch.float32).reshape(4, 3, 2)

# 被归约的轴从形状里消失
print(X.sum(axis=1).shape)
#> torch.Size([4, 2])
print(X.sum(axis=(0, 2)).shape)
#> torch.Size([3])
print(X.sum().shape)
#> torch.Size([])

# keepdims=True：被归约的轴留下来，长度变成 1
print(X.mean(axis=-1, keepdims=True).shape)
#> torch.Size([4, 3, 1])
print(X.sum(axis=(0, -1), keepdims=True).shape)
#> torch.Size([1, 3, 1])

# cumsum 不是归约，每个位置都留下一个部分和，形状不变
print(X.cumsum(axis=0).shape)
#> torch.Size([4, 3, 2])
