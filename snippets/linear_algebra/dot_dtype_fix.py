import torch

counts = torch.tensor([1, 2, 3])
weights = torch.tensor([0.5, 0.5, 0.5])

# 先把整数向量转成浮点，两边 dtype 一致就能计算
print(torch.dot(counts.float(), weights))
#> tensor(3.)
