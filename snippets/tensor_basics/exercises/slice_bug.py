import torch

scores = torch.tensor([3.0, 8.0, 5.0, 9.0])
# 本意：取出后两个分数，单独清零，原始分数保持不变
tail = scores[2:]
tail[:] = 0
print(scores)
#> tensor([3., 8., 0., 0.])
