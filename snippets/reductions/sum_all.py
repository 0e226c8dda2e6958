import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 不给轴：20 个元素全部加起来，结果是一个零维张量
total = A.sum()
print(total)
#> tensor(190.)
print(total.shape)
#> torch.Size([])

# 想要普通的 Python 数字，用 item()
print(total.item())
#> 190.0
