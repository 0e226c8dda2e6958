import torch

A = torch.ones(2, 3)
B = torch.ones(3, 2)

# 逐元素相乘要求形状相同（或能广播），2×3 和 3×2 不行
print(A * B)
#> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
