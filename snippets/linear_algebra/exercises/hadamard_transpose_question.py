import torch

# 2 个样本、每个 3 个特征；权重把 3 个特征变成 2 个输出
X = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
W = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]])

print(X * W)
#> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
