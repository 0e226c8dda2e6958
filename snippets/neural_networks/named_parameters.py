import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))

# 名字里的数字是层在 Sequential 中的序号；ReLU 没有参数，所以没有 1.xxx
for name, p in net.named_parameters():
    print(name, p.shape)
    #> 0.weight torch.Size([8, 4])
    #> 0.bias torch.Size([8])
    #> 2.weight torch.Size([1, 8])
    #> 2.bias torch.Size([1])

# 4*8 + 8 + 8*1 + 1
print(sum(p.numel() for p in net.parameters()))
#> 49
