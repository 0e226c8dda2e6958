import torch

# 一批 4 个 2×3 矩阵，都乘同一个 3×5 矩阵
X = torch.ones(4, 2, 3)
W = torch.ones(3, 5)
print((X @ W).shape)
#> torch.Size([4, 2, 5])

# 批维度按广播规则对齐：(2, 1) 和 (4,) 广播成 (2, 4)
P = torch.ones(2, 1, 2, 3)
Q = torch.ones(4, 3, 5)
print((P @ Q).shape)
#> torch.Size([2, 4, 2, 5])
